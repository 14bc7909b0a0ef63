/**
 * Open module: typed ids, value objects and the domain exceptions every feature module may use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.jointly.shared;
