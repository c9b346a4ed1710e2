import type { Command } from 'commander';
import { describeParameter, HuntError, type HuntTemplate, loadTemplates } from '../../hunts/index.ts';

export function register(program: Command): void {
  program
    .command('templates')
    .description('list the hunt templates: commands, names, MITRE techniques, backends and parameters')
    .option('--format <format>', 'text or json', 'text')
    .option('--dir <dirs...>', 'extra template folders or files (Sentinel rule YAML)')
    .action((options: { format: string; dir?: string[] }) => {
      try {
        if (options.format !== 'text' && options.format !== 'json') {
          throw new HuntError(
            'huntops_hunt_parameter_invalid',
            `--format must be text or json; got '${options.format}'.`,
          );
        }
        const templates = loadTemplates(options.dir ?? []);
        console.log(
          options.format === 'json'
            ? JSON.stringify(templates.map(toJson), null, 2)
            : templates.map(toText).join('\n\n'),
        );
      } catch (error) {
        if (!(error instanceof HuntError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      }
    });
}

function toJson(template: HuntTemplate) {
  return {
    command: template.command,
    name: template.name,
    severity: template.severity,
    tactics: template.tactics,
    techniques: template.techniques,
    backend: template.backend,
    tables: template.tables,
    parameters: template.parameters,
    source: template.source,
  };
}

function toText(template: HuntTemplate): string {
  const lines = [
    `/hunt ${template.command}: ${template.name}`,
    `  MITRE: ${template.techniques.join(', ') || '-'}   backend: ${template.backend}   tables: ${template.tables.join(', ')}`,
    ...template.parameters.map((parameter) => `  ${describeParameter(parameter)}: ${parameter.help}`),
  ];
  return lines.join('\n');
}
