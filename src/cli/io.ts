// Where the CLI writes: standard output and error, given to main() (tests pass their own).
export interface Io {
  stdout: (s: string) => void;
  /** Resolves once stdout can take more (after its 'drain'): large outputs wait for a slow reader. */
  drain?: () => Promise<void>;
  stderr: (s: string) => void;
  /** Standard output is a terminal: letter text written there has its control characters shown as escapes. */
  stdoutIsTTY?: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}
