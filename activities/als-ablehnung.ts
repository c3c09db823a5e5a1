// Refusals of a file (domain Ablehnung) leave an activity as non-retryable failures whose type is the reason code.
import { ApplicationFailure } from '@temporalio/common';
import { Ablehnung } from '../domain/ablehnung.js';

export async function alsAblehnung<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Ablehnung)
      throw ApplicationFailure.create({ type: error.grund, message: error.message, nonRetryable: true });
    throw error;
  }
}
