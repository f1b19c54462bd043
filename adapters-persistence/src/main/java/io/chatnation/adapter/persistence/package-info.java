package io.chatnation.adapter.persistence;
