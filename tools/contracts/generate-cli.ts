import { generate } from './generate';

generate();
