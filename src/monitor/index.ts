// Public entry of the monitor module: other modules import only from this file.
export {};
