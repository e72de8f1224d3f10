package dev.storygraph;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one task per item on a bounded number of worker threads, each with a time limit, and returns one result
 * per item in the order given, whatever the tasks do.
 *
 * <p>A task's time starts when a worker starts on it. A task still running when its time is up gets the
 * time-out result, and a new worker takes its place, so the batch keeps its width. Java cannot stop a thread:
 * the old worker is interrupted and, if the task does not notice, runs on as a daemon thread until the task
 * returns; its result is thrown away. Workers have a deep stack ({@link #WORKER_STACK_BYTES}).
 */
final class Batch {
  /** Stack size of a worker thread: deep recursion in a parser has room before it overflows. */
  static final long WORKER_STACK_BYTES = 16L << 20;

  private static final ThreadFactory WORKERS = new ThreadFactory() {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(null, r, "storygraph-article-" + count.incrementAndGet(), WORKER_STACK_BYTES);
      t.setDaemon(true);
      return t;
    }
  };

  private Batch() {}

  /**
   * Runs {@code task} on every item.
   *
   * @param failed   the result of an item whose task threw
   * @param timedOut the result of an item whose task ran out of time
   */
  static <T, R> List<R> run(List<T> items, Function<T, R> task, int threads, Duration timeout,
      BiFunction<T, Throwable, R> failed, Function<T, R> timedOut) {
    int n = items.size();
    if (n == 0) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    R[] out = (R[]) new Object[n];
    long[] deadline = new long[n];
    ExecutorService pool = Executors.newCachedThreadPool(WORKERS);
    CompletionService<R> done = new ExecutorCompletionService<>(pool);
    Map<Future<R>, Integer> running = new HashMap<>();
    int width = Math.min(threads, n);
    int next = 0;
    int finished = 0;
    try {
      while (finished < n) {
        while (running.size() < width && next < n) {
          T item = items.get(next);
          deadline[next] = System.nanoTime() + timeout.toNanos();
          running.put(done.submit(() -> task.apply(item)), next);
          next++;
        }
        long first = running.values().stream().mapToLong(i -> deadline[i]).min().orElseThrow();
        Future<R> f = done.poll(Math.max(0, first - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (f != null) {
          Integer i = running.remove(f);
          if (i != null) { // a cancelled (timed-out) task comes back here too, already accounted for
            out[i] = resultOf(f, items.get(i), failed);
            finished++;
          }
          continue;
        }
        long now = System.nanoTime();
        for (Iterator<Map.Entry<Future<R>, Integer>> it = running.entrySet().iterator(); it.hasNext();) {
          Map.Entry<Future<R>, Integer> e = it.next();
          int i = e.getValue();
          if (now - deadline[i] >= 0) {
            e.getKey().cancel(true);
            it.remove();
            out[i] = timedOut.apply(items.get(i));
            finished++;
          }
        }
      }
      return Arrays.asList(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted while extracting " + n + " articles", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> R resultOf(Future<R> f, T item, BiFunction<T, Throwable, R> failed)
      throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      return failed.apply(item, e.getCause());
    }
  }
}
