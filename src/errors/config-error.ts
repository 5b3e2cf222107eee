import { CodedError, ErrorCode } from './coded-error.ts';

/** The environment does not describe a runnable bot; the message names each variable and how to fix it. */
export class ConfigError extends CodedError {
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    super(ErrorCode.ConfigInvalid, `Cấu hình không hợp lệ / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
      remedy: 'Sửa các biến trên (trong môi trường hoặc tệp .env) rồi khởi động lại; xem bảng cấu hình trong README / fix the variables above (environment or .env) and restart; see the configuration table in README',
    });
    this.problems = problems;
  }
}
