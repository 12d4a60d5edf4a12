package org.entente.store;

import java.nio.file.Path;

/** Run in a child JVM by the tests: tries to open a store and prints what happened. */
public final class OpenFromAnotherProcess {
  private OpenFromAnotherProcess() {}

  public static void main(String[] args) {
    try (EventStore store = EventStore.open(Path.of(args[0]))) {
      System.out.println("OPENED " + store.eventCount());
    } catch (StoreException e) {
      System.out.println("REFUSED " + e.getMessage());
    }
  }
}
