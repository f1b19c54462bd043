/**
 * Where adapters are chosen and use cases are built: written once, shared by the server and the CLI
 * (which loads this package without starting HTTP).
 */
package io.chatnation.app.server.wiring;
