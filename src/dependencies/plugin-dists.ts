/**
 * The distributions that make pytest and tox load the action's plugins, in this venv only: each
 * holds one entry point, and the modules come from the probe folder on the venv's path.
 */
export const PLUGIN_DISTS = [
  { name: 'setup-python-ft-pytest', group: 'pytest11', module: 'setup_python_ft_pytest', half: 'pytest' },
  { name: 'setup-python-ft-tox', group: 'tox', module: 'setup_python_ft_tox', half: 'tox' },
] as const
