/** A state file does not parse; the bot must not start or overwrite it. */
export class StoreCorruptError extends Error {
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
