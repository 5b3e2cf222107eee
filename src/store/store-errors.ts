import { CodedError, ErrorCode } from '../errors/coded-error.ts';

/** A state file does not parse; the bot must not start or overwrite it. */
export class StoreCorruptError extends CodedError {
  readonly file: string;

  constructor(file: string, cause: unknown) {
    super(
      ErrorCode.StoreCorrupt,
      `Tệp dữ liệu bị hỏng / corrupt state file: ${file} (${cause instanceof Error ? cause.message : String(cause)}). ` +
        `Tệp không bị ghi đè; bản sao tốt gần nhất (nếu có) là "${file}.bak" / the file was not overwritten; the last good copy, if any, is "${file}.bak".`,
      {
        cause,
        remedy: 'Khôi phục tệp từ bản .bak hoặc từ sao lưu, rồi khởi động lại / restore the file from its .bak copy or a backup, then restart.',
      },
    );
    this.file = file;
  }
}

/** A compare-and-set write found the document at another version than the caller read: read again and retry. */
export class VersionConflictError extends CodedError {
  readonly key: string;
  readonly expected: number;

  constructor(key: string, expected: number) {
    super(ErrorCode.StoreConflict, `Tài liệu đã được thay đổi bởi tiến trình khác / document changed since it was read: ${key} (expected version ${expected})`, {
      remedy: 'Đọc lại tài liệu rồi ghi lại (updateOptimistic làm việc này) / read the document again and retry the write (updateOptimistic does this)',
    });
    this.key = key;
    this.expected = expected;
  }
}

/** The database could not be reached or refused the schema migration at start. */
export class StoreUnavailableError extends CodedError {
  constructor(message: string, cause: unknown) {
    super(ErrorCode.StoreUnavailable, `${message}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
      remedy: 'Kiểm tra DATABASE_URL, máy chủ PostgreSQL và quyền của tài khoản (CREATE cho lần di chuyển lược đồ), rồi khởi động lại / check DATABASE_URL, the PostgreSQL server and the account’s rights (CREATE for the schema migration), then restart',
    });
  }
}

/**
 * A stored document does not have the shape its collection declares (hand-edited, written by a newer bot, or a bug):
 * the turn that read it is refused with this code instead of working on a shape it does not expect.
 */
export class DocumentInvalidError extends CodedError {
  readonly collection: string;
  readonly id: string;

  constructor(collection: string, id: string, problem: string) {
    super(ErrorCode.DocumentInvalid, `Tài liệu lưu trữ không hợp lệ / stored document is invalid: ${collection}/${id}: ${problem}`, {
      remedy: 'Sửa hoặc khôi phục tài liệu này từ sao lưu (tệp .bak với kho tệp) / fix or restore this document from a backup (its .bak copy on the file store)',
    });
    this.collection = collection;
    this.id = id;
  }
}
