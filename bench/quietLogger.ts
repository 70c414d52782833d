import { LoggerService } from '@backstage/backend-plugin-api';

/** Benchmarks measure the code, not its logging. */
export const quietLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child() {
    return quietLogger;
  },
};
