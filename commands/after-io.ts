// Work that needs no answer from the cluster (loading the docs index, the catalogs) runs after a turn of
// the event loop: a connection or a request started before it progresses in between (its TLS handshake
// and the server's work overlap ours), instead of waiting behind a long synchronous block.
export const afterIo = <T>(work: () => T | Promise<T>): Promise<T> => new Promise<void>((resolve) => setImmediate(resolve)).then(work);
