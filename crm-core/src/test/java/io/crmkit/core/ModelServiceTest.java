package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.FittedModelChanged;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelServiceTest {
  private final KitFixture f = new KitFixture();

  private FittedModel model(TenantId tenant, String key, double r) {
    return FittedModel.of(
        tenant, ModelKey.of(key), "bg-nbd", KitFixture.TODAY, -10, 20, Map.of("r", r));
  }

  @Test
  void save_newModel_storesVersionOneAndPublishesChanged() {
    FittedModel saved = f.crm.models().save(model(f.tenant, "clv", 0.5));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(f.crm.models().find(f.tenant, ModelKey.of("clv"))).contains(saved);
    assertThat(f.events(FittedModelChanged.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.model()).isEqualTo(saved);
              assertThat(e.occurredAt()).isEqualTo(KitFixture.NOW);
            });
  }

  @Test
  void save_refitAtStoredVersion_replacesModel() {
    FittedModel first = f.crm.models().save(model(f.tenant, "clv", 0.5));
    FittedModel refit = model(f.tenant, "clv", 0.7).withVersion(first.version());

    FittedModel saved = f.crm.models().save(refit);

    assertThat(saved.version()).isEqualTo(2);
    assertThat(f.crm.models().find(f.tenant, ModelKey.of("clv")).orElseThrow().parameter("r"))
        .hasValue(0.7);
  }

  @Test
  void save_secondInsertUnderTakenKey_throwsConcurrentUpdateAndPublishesNothing() {
    FittedModel first = f.crm.models().save(model(f.tenant, "clv", 0.5));

    assertThatThrownBy(() -> f.crm.models().save(model(f.tenant, "clv", 0.9)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(f.crm.models().find(f.tenant, ModelKey.of("clv"))).contains(first);
    assertThat(f.events(FittedModelChanged.class)).hasSize(1);
  }

  @Test
  void list_twoTenants_listsOnlyTheTenantsModelsInKeyOrder() {
    f.crm.models().save(model(f.tenant, "vip", 1));
    f.crm.models().save(model(f.tenant, "all", 2));
    f.crm.models().save(model(f.otherTenant, "b2b", 3));

    assertThat(f.crm.models().list(f.tenant))
        .extracting(m -> m.key().code())
        .containsExactly("all", "vip");
    assertThat(f.crm.models().find(f.otherTenant, ModelKey.of("vip"))).isEmpty();
  }

  @Test
  void delete_twice_returnsTrueThenFalse() {
    f.crm.models().save(model(f.tenant, "clv", 0.5));

    assertThat(f.crm.models().delete(f.tenant, ModelKey.of("clv"))).isTrue();
    assertThat(f.crm.models().delete(f.tenant, ModelKey.of("clv"))).isFalse();
    assertThat(f.crm.models().list(f.tenant)).isEmpty();
  }

  @Test
  void save_unknownTenant_isRefused() {
    assertThatThrownBy(() -> f.crm.models().save(model(TenantId.of("nobody"), "clv", 0.5)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be a known tenant");
  }
}
