package dev.storygraph.examples.serve;

/**
 * A request the service answers with an error: the HTTP status, a short code a program can test (and the log
 * records), and a message for the client that names what is wrong. The message may quote the request (a JSON
 * parser quotes the token it did not expect), so it goes to the client only, never to the log.
 */
final class ApiException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }
}
