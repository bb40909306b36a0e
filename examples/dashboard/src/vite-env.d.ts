/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The gateway's GraphQL URL; default `/graphql` on the page's origin. */
  readonly VITE_GATEWAY_URL?: string;
  /** `only`: send trusted-document hashes instead of documents. */
  readonly VITE_PERSISTED_OPERATIONS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
