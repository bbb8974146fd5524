// Action entry: only starts the orchestrator (inputs are read inside run(), never at import time).
import { run } from './main.js';

void run();
