/** A state file does not parse; the bot must not start or overwrite it. */
export class StoreCorruptError extends Error {
  readonly code = 'STORE_CORRUPT';
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `Tệp dữ liệu bị hỏng / corrupt state file: ${file} (${cause instanceof Error ? cause.message : String(cause)}). ` +
        `Tệp không bị ghi đè. Khôi phục từ bản sao tốt gần nhất "${file}.bak" (nếu có) hoặc từ sao lưu, rồi khởi động lại.`,
      { cause },
    );
    this.name = 'StoreCorruptError';
  }
}

/** A compare-and-set write found the document at another version than the caller read: read again and retry. */
export class VersionConflictError extends Error {
  readonly code = 'VERSION_CONFLICT';
  constructor(
    readonly key: string,
    readonly expected: number,
  ) {
    super(`Tài liệu đã được thay đổi bởi tiến trình khác / document changed since it was read: ${key} (expected version ${expected})`);
    this.name = 'VersionConflictError';
  }
}

/** The database could not be reached or refused the schema migration at start. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, cause: unknown) {
    super(`${message}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreUnavailableError';
  }
}
