/** Publishing a finished build in place of the last one, atomically, and cleaning up failures. */
package org.dhrkb.generator.publish;
