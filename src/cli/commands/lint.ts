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
        let problems = 0;
        for (const result of results) {
          const lines = formatLintResult(result);
          problems += lines.length;
          console.log(lines.length === 0 ? `${result.file}: OK` : lines.join('\n'));
        }
        if (problems > 0) process.exitCode = 1;
      } catch (error) {
        if (!(error instanceof HuntError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      }
    });
}
