// The kinds table lives in src/model (pure data and lookups, used by routing too); discovery adds to it from here.
export * from '../model/kinds.js';
