/**
 * Turns the JSON log lines of the platform's processes into one readable stream on the terminal:
 * each line prefixed with the process it came from, pino lines pretty-printed.
 */
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';

export type LogSink = (line: string) => void;

export function lineSplitter(onLine: (line: string) => void): (chunk: Buffer | string) => void {
  let rest = '';
  return (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onLine(line);
  };
}

/** The column every line of the local run starts with. */
export function processLabel(name: string): string {
  return `${name.padEnd(9)}|`;
}

export function prefixedPretty(name: string, sink: LogSink, colour: boolean): (line: string) => void {
  // One line per entry, without the request headers the services log for production troubleshooting.
  const pretty = prettyFactory({
    colorize: colour,
    singleLine: true,
    translateTime: 'HH:MM:ss',
    ignore: 'pid,hostname,service,req.headers,req.remoteAddress',
  });
  const label = processLabel(name);
  return (line) => {
    const formatted = line.startsWith('{') ? pretty(line).trimEnd() : line;
    sink(`${label} ${formatted}`);
  };
}

/** A pino logger for a part that runs inside this process (the gateway), printed like the others. */
export function inProcessLogger(name: string, sink: LogSink, colour: boolean, level = 'info'): Logger {
  const print = prefixedPretty(name, sink, colour);
  const split = lineSplitter(print);
  const stream = new Writable({
    write(chunk, _encoding, done) {
      split(chunk);
      done();
    },
  });
  return pino({ level }, stream);
}
