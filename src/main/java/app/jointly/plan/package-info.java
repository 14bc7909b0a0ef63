/**
 * A plan's measures of success and their progress over time (a dated value or a status per measure), drawn as a
 * small server-side SVG chart under the plan's "Measures of success" section, in the app and in presentations.
 */
package app.jointly.plan;
