package com.example.greeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class GreeterApplication {

    public static void main(String[] args) {
        SpringApplication.run(GreeterApplication.class, args);
    }

    @Bean
    CommandLineRunner greet(@Value("${greeter.name}") String name) {
        return args -> System.out.println("Hello, " + (args.length > 0 ? args[0] : name) + ", from Spring Boot");
    }
}
