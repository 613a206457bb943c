// The three refused runs wrote no build context: each was refused before anything was written.
['offline-docker', 'offline-docker.tar', 'offline-docker-dependencies', 'offline-docker-dependencies.tar'].each {
    assert !new File(basedir, "target/${it}").exists() : "target/${it} was written by a refused run"
}
return true
