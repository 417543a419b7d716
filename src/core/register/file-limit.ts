/**
 * The largest register file the pane and the command line read: the seed registers are under 200 KB,
 * and a bigger file is far more likely a wrong pick than a register (and would stall the pane).
 */
export const REGISTER_FILE_LIMIT_BYTES = 5 * 1024 * 1024;

export function registerTooLargeMessage(name: string, bytes: number): string {
  const size = (bytes / (1024 * 1024)).toFixed(1);
  return `${name} is ${size} MB; a register file may be at most ${REGISTER_FILE_LIMIT_BYTES / (1024 * 1024)} MB`;
}
