import { CodedError, ErrorCode } from './coded-error.ts';

/** A data file a feature reads at start is wrong; the message names the file, the entry and the field. */
export class DataFileError extends CodedError {
  readonly file: string;

  constructor(file: string, entry: string, field: string, problem: string) {
    super(ErrorCode.DataFileInvalid, `${file}: ${entry} — ${field}: ${problem}`, {
      remedy: `Sửa ${entry} trong ${file} rồi khởi động lại / fix ${entry} in ${file} and restart`,
    });
    this.file = file;
  }
}
