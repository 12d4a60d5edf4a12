package org.entente.store;

/** A store operation failed: the database could not be opened, read or written, or an export could not be written. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) { super(message, cause); }

  public StoreException(String message) { super(message); }
}
