package io.chatnation.app.cli;
