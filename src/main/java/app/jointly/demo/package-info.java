/**
 * Demo mode ({@code jointly.demo=true}): fills an example workspace with demo accounts and documents drawn from
 * public labor-management collaboration texts, so a newcomer sees a living workspace on first start.
 */
package app.jointly.demo;
