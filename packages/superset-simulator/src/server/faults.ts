import type { RequestHandler } from 'express';
import type { Socket } from 'node:net';
import { z } from 'zod';
import { fatalError } from '../http/respond';
import { faultsSchema } from '../scenario/schema';
import { createPrng } from '../util/prng';
import { DEFAULT_FAULTS, SimulatorFaults } from './types';

/**
 * Holds the fault knobs and applies them to API requests. Error and malformed-body draws come from a
 * seeded PRNG (two draws per request) so a run with the same requests fails the same way.
 */
export class FaultController {
  private state: SimulatorFaults;
  private random: () => number;
  private readonly sockets = new Set<Socket>();

  constructor(initial: Partial<SimulatorFaults> = {}) {
    this.state = { ...DEFAULT_FAULTS, ...this.validate(initial) };
    this.random = createPrng(this.state.seed);
  }

  current(): SimulatorFaults {
    return { ...this.state };
  }

  set(faults: Partial<SimulatorFaults>): void {
    const valid = this.validate(faults);
    this.state = { ...this.state, ...valid };
    if (valid.seed !== undefined) {
      this.random = createPrng(valid.seed);
    }
    if (this.state.down) {
      for (const socket of this.sockets) {
        socket.destroy();
      }
    }
  }

  /** Tracks a new connection, or refuses it while the instance is down. */
  accept(socket: Socket): void {
    if (this.state.down) {
      socket.destroy();
      return;
    }
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }

  middleware(schedule: (ms: number, run: () => void) => void): RequestHandler {
    return (req, res, next) => {
      if (this.state.down) {
        req.socket.destroy();
        return;
      }
      const errorDraw = this.random();
      const malformedDraw = this.random();
      const proceed = () => {
        if (errorDraw < this.state.errorRate) {
          fatalError(res);
          return;
        }
        if (malformedDraw < this.state.malformedJsonRate) {
          res.locals.malformedJson = true;
        }
        next();
      };
      if (this.state.latencyMs > 0) {
        schedule(this.state.latencyMs, proceed);
      } else {
        proceed();
      }
    };
  }

  private validate(faults: Partial<SimulatorFaults>): Partial<SimulatorFaults> {
    const result = faultsSchema.safeParse(faults);
    if (!result.success) {
      throw new Error(`Invalid faults: ${z.prettifyError(result.error)}`);
    }
    return Object.fromEntries(
      Object.entries(result.data).filter(([, v]) => v !== undefined),
    ) as Partial<SimulatorFaults>;
  }
}
