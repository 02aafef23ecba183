package ai.trae.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database start-up failure into one line of what went wrong and one of what to do. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
