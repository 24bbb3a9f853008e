// Public entry of the server module: other modules import only from this file.
export {};
