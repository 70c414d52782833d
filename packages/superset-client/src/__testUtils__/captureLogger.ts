import { LoggerService } from '@backstage/backend-plugin-api';

/** A LoggerService that keeps every line (message plus metadata, as text) for assertions. */
export interface CapturingLogger extends LoggerService {
  lines: string[];
}

export function captureLogger(): CapturingLogger {
  const lines: string[] = [];
  const record =
    (level: string) => (message: string, meta?: Error | object) => {
      let extra = '';
      if (meta instanceof Error) {
        extra = ` ${meta.name}: ${meta.message}`;
      } else if (meta) {
        extra = ` ${JSON.stringify(meta)}`;
      }
      lines.push(`${level} ${message}${extra}`);
    };
  const logger: CapturingLogger = {
    lines,
    error: record('error'),
    warn: record('warn'),
    info: record('info'),
    debug: record('debug'),
    child: () => logger,
  };
  return logger;
}
