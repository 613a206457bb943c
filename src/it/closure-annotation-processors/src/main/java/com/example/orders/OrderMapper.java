package com.example.orders;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

@Mapper
public interface OrderMapper {
    OrderMapper INSTANCE = Mappers.getMapper(OrderMapper.class);

    @Mapping(target = "reference", source = "id")
    @Mapping(target = "customer", source = "customerName")
    @Mapping(target = "totalCents", expression = "java(order.getQuantity() * order.getUnitPriceCents())")
    OrderSummary toSummary(Order order);
}
