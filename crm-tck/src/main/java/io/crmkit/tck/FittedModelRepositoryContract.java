package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmStore;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.FittedModelRepository}: a model reads back equal, every
 * parameter bit for bit (from {@code 1e-300} to {@code 1e300}, values that do not survive a decimal
 * or single-precision column, names that differ only in case) and in name order; an update that
 * drops parameters drops them; models list in key order; saves follow the version rules and a
 * failed save leaves the stored model unchanged; no tenant sees another's models; deletes are
 * idempotent.
 *
 * @since 0.1
 */
public abstract class FittedModelRepositoryContract {
  private static final LocalDate FIT_DATE = LocalDate.of(2024, 2, 29);

  private StoreUnderTest store;
  private TenantId tenant;
  private TenantId otherTenant;

  /** Creates the contract. */
  protected FittedModelRepositoryContract() {}

  /**
   * Returns the store under test; called once per test method, and may return a shared store.
   *
   * @return the store to run the test on
   */
  protected abstract CrmStore createStore();

  @BeforeEach
  void openStore() {
    store = new StoreUnderTest(createStore());
    tenant = Fixtures.newTenant();
    otherTenant = Fixtures.newTenant();
  }

  private static Map<String, Double> extremeParameters() {
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("tiny", 1e-300);
    parameters.put("huge", 1e300);
    parameters.put("negative.tiny", -2.5e-300);
    parameters.put("max", Double.MAX_VALUE);
    parameters.put("sum", 0.1 + 0.2);
    parameters.put("pi", Math.PI);
    parameters.put("beyond_float", 1.0000000000000002);
    parameters.put("zero", 0.0);
    parameters.put("B", 2.0);
    parameters.put("b", 3.0);
    parameters.put("alpha-1", 4.41);
    return parameters;
  }

  private FittedModel model(TenantId owner, String key, Map<String, Double> parameters) {
    return FittedModel.of(
        owner,
        ModelKey.of(key),
        "gamma-gamma:CNY",
        FIT_DATE,
        -123456.78901234567,
        2357,
        parameters);
  }

  private FittedModel save(FittedModel model) {
    return store.inTransaction(u -> u.fittedModels().save(model));
  }

  private Optional<FittedModel> find(TenantId owner, String key) {
    return store.inTransaction(u -> u.fittedModels().find(owner, ModelKey.of(key)));
  }

  @Test
  void find_extremeDoublesAndCaseDistinctNames_returnsEqualModelBitForBit() {
    FittedModel model = model(tenant, "华东/clv " + Fixtures.EMOJI, extremeParameters());

    FittedModel saved = save(model);
    FittedModel found = find(tenant, model.key().code()).orElseThrow();

    assertThat(saved).isEqualTo(model.withVersion(1));
    assertThat(found).isEqualTo(model.withVersion(1));
    assertThat(found.parameters().keySet())
        .containsExactlyElementsOf(new java.util.TreeMap<>(extremeParameters()).keySet());
    extremeParameters()
        .forEach(
            (name, value) ->
                assertThat(Double.doubleToRawLongBits(found.parameter(name).orElseThrow()))
                    .as("bits of %s", name)
                    .isEqualTo(Double.doubleToRawLongBits(value)));
    assertThat(Double.doubleToRawLongBits(found.logLikelihood()))
        .isEqualTo(Double.doubleToRawLongBits(-123456.78901234567));
  }

  @Test
  void save_updateWithFewerParameters_dropsTheOthersAndIncrementsVersion() {
    FittedModel first = save(model(tenant, "clv", extremeParameters()));
    FittedModel refit =
        new FittedModel(
            tenant,
            first.key(),
            "bg-nbd",
            FIT_DATE.plusMonths(1),
            -99.5,
            12,
            Map.of("r", 0.25, "alpha", 4.0),
            first.version());

    FittedModel saved = save(refit);

    assertThat(saved).isEqualTo(refit.withVersion(2));
    assertThat(find(tenant, "clv")).contains(refit.withVersion(2));
  }

  @Test
  void save_staleInsertTwiceOrNeverStored_throwsConcurrentUpdateAndKeepsStoredModel() {
    FittedModel stored = save(model(tenant, "clv", Map.of("r", 1.0)));
    FittedModel changed =
        save(model(tenant, "clv", Map.of("r", 2.0)).withVersion(stored.version()));

    assertThatThrownBy(() -> save(stored)).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> save(model(tenant, "clv", Map.of("r", 3.0))))
        .isInstanceOf(ConcurrentUpdateException.class);
    FittedModel ghost = model(tenant, "ghost", Map.of("r", 4.0)).withVersion(5);
    assertThatThrownBy(() -> save(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(tenant, "clv")).contains(changed);
    assertThat(changed.version()).isEqualTo(2);
    assertThat(find(tenant, "ghost")).isEmpty();
  }

  @Test
  void findAll_severalKeys_listsThemInAscendingKeyOrder() {
    List<String> keys = List.of("vip/spend", "华东/clv", "Audit/2024", "all", Fixtures.EMOJI);
    store.write(u -> keys.forEach(k -> u.fittedModels().save(model(tenant, k, Map.of("r", 1.0)))));

    List<FittedModel> all = store.inTransaction(u -> u.fittedModels().findAll(tenant));

    assertThat(all)
        .extracting(FittedModel::key)
        .containsExactlyElementsOf(keys.stream().map(ModelKey::of).sorted().toList());
  }

  @Test
  void findSaveDelete_sameKeyInTwoTenants_neverCrossTenants() {
    FittedModel mine = save(model(tenant, "clv", Map.of("r", 1.0)));
    FittedModel theirs = save(model(otherTenant, "clv", Map.of("r", 2.0)));
    save(model(otherTenant, "only-theirs", Map.of("r", 3.0)));

    assertThat(find(tenant, "clv")).contains(mine);
    assertThat(find(otherTenant, "clv")).contains(theirs);
    assertThat(find(tenant, "only-theirs")).isEmpty();
    List<FittedModel> listed = store.inTransaction(u -> u.fittedModels().findAll(tenant));
    assertThat(listed).containsExactly(mine);
    boolean deletedTheirs =
        store.inTransaction(u -> u.fittedModels().delete(tenant, ModelKey.of("only-theirs")));
    assertThat(deletedTheirs).isFalse();

    store.write(u -> u.fittedModels().delete(tenant, ModelKey.of("clv")));

    assertThat(find(tenant, "clv")).isEmpty();
    assertThat(find(otherTenant, "clv")).contains(theirs);
    assertThat(find(otherTenant, "only-theirs")).isPresent();
  }

  @Test
  void delete_twice_returnsTrueThenFalse() {
    save(model(tenant, "clv", Map.of("r", 1.0)));

    boolean first = store.inTransaction(u -> u.fittedModels().delete(tenant, ModelKey.of("clv")));
    boolean second = store.inTransaction(u -> u.fittedModels().delete(tenant, ModelKey.of("clv")));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(find(tenant, "clv")).isEmpty();
  }

  @Test
  void save_afterDelete_insertsAtVersionOneAgain() {
    FittedModel stored = save(model(tenant, "clv", Map.of("r", 1.0)));
    store.write(u -> u.fittedModels().delete(tenant, stored.key()));

    FittedModel again = save(model(tenant, "clv", Map.of("r", 5.0)));

    assertThat(again.version()).isEqualTo(1);
    assertThat(find(tenant, "clv")).contains(again);
  }
}
