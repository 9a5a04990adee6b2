import 'reflect-metadata';
import { runServer } from './server/run-server';

void runServer();
