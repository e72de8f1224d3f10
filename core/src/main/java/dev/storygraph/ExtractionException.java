package dev.storygraph;

/** The annotation pipeline failed on an article; the message names the article. */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }

  public ExtractionException(String message) {
    super(message);
  }
}
