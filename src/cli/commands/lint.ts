import type { Command } from 'commander';
import { formatLintResult, HuntError, lintFiles, SHIPPED_TEMPLATES_DIR } from '../../hunts/index.ts';

export function register(program: Command): void {
  program
    .command('lint')
    .description('check hunt templates (YAML) or .kql files with the Kusto analyzer against the known table schemas')
    .argument('[paths...]', 'template files or folders (default: the shipped templates)')
    .action((paths: string[]) => {
      try {
        const results = lintFiles(paths.length > 0 ? paths : [SHIPPED_TEMPLATES_DIR]);
        let failed = false;
        for (const result of results) {
          const lines = formatLintResult(result);
          // Warnings (a name that may be a watchlist's own column) are printed but do not fail the run.
          failed ||= result.problem !== undefined || result.diagnostics.some(({ severity }) => severity === 'Error');
          console.log(lines.length === 0 ? `${result.file}: OK` : lines.join('\n'));
        }
        if (failed) process.exitCode = 1;
      } catch (error) {
        if (!(error instanceof HuntError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      }
    });
}
