plugins {
    application
    kotlin("jvm") version "2.2.0"
}

version = "1.4.0"

application {
    mainClass.set("com.example.events.MainKt")
}

// Heroku runs the stage task when the build defines one.
tasks.register("stage") {
    dependsOn("installDist")
}
