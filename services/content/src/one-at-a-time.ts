/**
 * Runs the edits of one document one after another within this process.
 *
 * Why: FerretDB 1.24 (SQLite), the database of the local run and the tests, applies an update by reading
 * the document and writing all of it back without isolation. Eight admins saving version 3 of a page at
 * once all "win" there, although each save is one update conditional on the version. On MongoDB the
 * conditional update alone is enough; this queue makes it so on FerretDB too for one instance of the
 * service. (Several instances on FerretDB would need a lock in the database, like the product service's
 * document locks; a shared one belongs in the service kit.)
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
