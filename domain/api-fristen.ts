// Time limits of the machine API's conventions.

/** An Idempotency-Key is honoured this long after its first use; then it counts as new and the nightly cleanup deletes it. */
export const idempotenzSchluesselGueltigStunden = 24;
