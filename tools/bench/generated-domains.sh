# Grows the Spring-Boot-sized service into a large one for tools/bench/image-benchmark.sh. Source it, then
# 'generate_domains DIR N' writes N small domains into the service at DIR: for each a validated record, a
# service, a REST controller and a unit test, so that compiling and testing take what a large service's do.
generate_domains() {
  local dir=$1 count=$2 main test i
  main="$dir/src/main/java/com/example/bench/domain"
  test="$dir/src/test/java/com/example/bench/domain"
  mkdir -p "$main" "$test"
  for i in $(seq "$count"); do
    cat >"$main/Item$i.java" <<JAVA
package com.example.bench.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

public record Item$i(@NotBlank String name, @PositiveOrZero long quantity, @PositiveOrZero long priceCents) {
    public long totalCents() {
        return quantity * priceCents;
    }
}
JAVA
    cat >"$main/Item${i}Service.java" <<JAVA
package com.example.bench.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class Item${i}Service {
    private final Map<String, Item$i> items = new ConcurrentHashMap<>();

    public Item$i save(Item$i item) {
        items.put(item.name(), item);
        return item;
    }

    public List<Item$i> cheapest(int limit) {
        return items.values().stream().sorted(Comparator.comparingLong(Item$i::priceCents)).limit(limit).toList();
    }

    public long stockValueCents() {
        return items.values().stream().mapToLong(Item$i::totalCents).sum();
    }
}
JAVA
    cat >"$main/Item${i}Controller.java" <<JAVA
package com.example.bench.domain;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Item${i}Controller {
    private final Item${i}Service service;

    public Item${i}Controller(Item${i}Service service) {
        this.service = service;
    }

    @PostMapping("/items$i")
    public Item$i save(@Valid @RequestBody Item$i item) {
        return service.save(item);
    }

    @GetMapping("/items$i/cheapest")
    public List<Item$i> cheapest(@RequestParam(defaultValue = "3") int limit) {
        return service.cheapest(limit);
    }
}
JAVA
    cat >"$test/Item${i}ServiceTest.java" <<JAVA
package com.example.bench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Item${i}ServiceTest {

    @Test
    void stockValueAndCheapest() {
        Item${i}Service service = new Item${i}Service();
        service.save(new Item$i("a", 2, 300));
        service.save(new Item$i("b", 1, 100));
        assertThat(service.stockValueCents()).isEqualTo(700);
        assertThat(service.cheapest(1)).extracting(Item$i::name).containsExactly("b");
    }
}
JAVA
  done
}
