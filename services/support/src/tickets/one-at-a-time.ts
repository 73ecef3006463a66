/**
 * Runs the changes of one ticket one after another within this process.
 *
 * Why: FerretDB 1.24 (SQLite), the database of the local run and the tests, applies an update by reading
 * the document and writing all of it back without isolation, so a reply and a close (or two replies)
 * racing on one ticket could lose one of them even though each is a single conditional update. On MongoDB
 * the conditional update alone is atomic; this queue makes it so on FerretDB too for one instance of the
 * service. (Several instances on FerretDB would need a lock in the database, like the product service's
 * document locks; see the report to the lead.)
 */
export class OneAtATime {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const ahead = this.#tails.get(key) ?? Promise.resolve();
    const run = ahead.then(task);
    const tail = run.then(
      () => {},
      () => {},
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return run;
  }
}
