// The version `proj --version` prints, taken from package.json when the CLI is bundled.
import packageJson from '../../package.json';

export const version: string = packageJson.version;
