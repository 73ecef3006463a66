/**
 * Turns the JSON log lines of the platform's processes into one readable stream on the terminal:
 * each line prefixed with the process it came from, pino lines pretty-printed.
 */
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

export function prefixedPretty(name: string, sink: LogSink, colour: boolean): (line: string) => void {
  const pretty = prettyFactory({
    colorize: colour,
    translateTime: 'HH:MM:ss',
    ignore: 'pid,hostname,service',
  });
  const label = name.padEnd(9);
  return (line) => {
    const formatted = line.startsWith('{') ? pretty(line).trimEnd() : line;
    sink(`${label}| ${formatted}`);
  };
}
