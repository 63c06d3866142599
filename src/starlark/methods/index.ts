// Registers the methods of every built-in type. Import this module once (for its side
// effects) before running Starlark code; add one line per new method file.

import './string.js';
import './bytes.js';
import './list.js';
import './dict.js';
import './set.js';
