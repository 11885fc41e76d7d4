package io.crmkit.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.crmkit.core.shared.ValidationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobOptionsTest {

  @Test
  void defaults_runPagesOfAHundredOnTheCallersThreadForReal() {
    JobOptions options = JobOptions.defaults();
    AtomicReference<Thread> ran = new AtomicReference<>();

    options.executor().execute(() -> ran.set(Thread.currentThread()));

    assertThat(options.pageSize()).isEqualTo(JobOptions.DEFAULT_PAGE_SIZE);
    assertThat(options.parallelism()).isEqualTo(1);
    assertThat(options.dryRun()).isFalse();
    assertThat(ran.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void withers_changeOnlyTheirPart() {
    Executor executor = Runnable::run;
    JobListener listener = progress -> {};

    JobOptions options =
        JobOptions.defaults()
            .withPageSize(7)
            .withExecutor(executor, 4)
            .withListener(listener)
            .asDryRun();

    assertThat(options).isEqualTo(new JobOptions(7, executor, 4, listener, true));
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1001})
  void withPageSize_outOfRange_throwsValidationNamingPageSizeAndValue(int size) {
    assertThatThrownBy(() -> JobOptions.defaults().withPageSize(size))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("pageSize");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(String.valueOf(size));
              assertThat(e.errors().get(0).rule()).isEqualTo("must be between 1 and 1000");
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, JobOptions.MAX_PARALLELISM + 1})
  void withExecutor_parallelismOutOfRange_throwsValidationNamingParallelismAndValue(int pages) {
    assertThatThrownBy(() -> JobOptions.defaults().withExecutor(Runnable::run, pages))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("parallelism");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(String.valueOf(pages));
            });
  }

  @Test
  void constructor_everythingWrong_listsEveryField() {
    assertThatThrownBy(() -> new JobOptions(0, Runnable::run, 0, JobListener.none(), false))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("pageSize", "parallelism"));
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester()
        .setDefault(Executor.class, Runnable::run)
        .setDefault(JobListener.class, JobListener.none())
        .testAllPublicInstanceMethods(JobOptions.defaults());
  }
}
